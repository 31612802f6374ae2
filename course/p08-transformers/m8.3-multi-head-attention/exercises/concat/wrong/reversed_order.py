# expect: wrong order
def concat(parts):
    glued = []
    for part in parts:
        glued = part + glued
    return glued
