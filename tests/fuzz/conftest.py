"""How long the fuzz tests run: a short pass in `make test`, a long one in `make fuzz`
(FUZZ_EXAMPLES=2000). Hypothesis keeps no example database, so runs do not depend on each other."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))
settings.register_profile("fuzz", max_examples=EXAMPLES, deadline=None, database=None, derandomize=EXAMPLES <= 100,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                                 HealthCheck.data_too_large])
settings.load_profile("fuzz")
