"""Named points of MediaPipe's 468-point face mesh (indices from Google's canonical face model).
'R' and 'L' are the person's own right and left (R appears on the left of an unmirrored photo)."""

FOREHEAD = 10  # top of the forehead on the mesh (near the hairline, not the crown)
NOSE_BRIDGE = 6
NOSE_TIP = 1
CHIN = 152
CHEEK_R, CHEEK_L = 234, 454  # the face's widest points, at the ears
EYE_R_OUTER, EYE_R_INNER, EYE_L_INNER, EYE_L_OUTER = 33, 133, 362, 263
# upper/lower lid pairs across each eye, outer to inner
LIDS_R = ((160, 144), (159, 145), (158, 153))
LIDS_L = ((387, 373), (386, 374), (385, 380))
EYE_R = (33, 246, 161, 160, 159, 158, 157, 173, 133, 155, 154, 153, 145, 144, 163, 7)
EYE_L = (263, 466, 388, 387, 386, 385, 384, 398, 362, 382, 381, 380, 374, 373, 390, 249)
LIP_INNER_TOP, LIP_INNER_BOTTOM = 13, 14
MOUTH_R, MOUTH_L = 78, 308  # inner corners of the lips
MOUTH_INNER = (78, 191, 80, 81, 82, 13, 312, 311, 310, 415, 308, 324, 318, 402, 317, 14, 87, 178, 88, 95)
FACE_OVAL = (10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379, 378, 400, 377, 152,
             148, 176, 149, 150, 136, 172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67, 109)
CHEEK_PATCH_R, CHEEK_PATCH_L = 50, 280  # middle of each cheek (the light check compares these sides)
