"""Application photos without Qt: find the face and its landmarks, measure crown/eyes/chin and the
head's pose, crop to the 35×45 mm rule, check quality (hint codes), export the online JPEG
(docs/photo.md)."""
