# expect: You returned a list of lists
def concat(parts):
    glued = []
    for part in parts:
        glued.append(part)
    return glued
