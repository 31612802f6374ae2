"""Course content as data: schema, loader, lesson blocks, concept graph and validator."""
