"""HQ's web dashboard for contractor and prefecture staff: progress toward the contract's targets,
sessions, applications and survey results by age band, reports due and late, last sync per kiosk,
and report downloads. Behind a login (staff accounts with scrypt-hashed passwords)."""
