def concat(parts):
    """Glue the lists in parts end to end, in order, into one flat list."""
    glued = []  # the long list, empty at first
    for part in parts:  # the parts in order: first, second, ...
        glued = glued + list(part)  # + on two lists glues them; the parts are not changed
    return glued
