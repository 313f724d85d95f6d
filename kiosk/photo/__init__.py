"""Application photos without Qt: find the face, measure crown/eyes/chin, crop to the 35×45 mm
rule, check quality, export the online JPEG. (Work in progress: issue 5.)"""
