t = (1, 2)
t.x = 3
t.y += 1
# ERROR: 2:1: unsupported: attribute assignment
# ERROR: 3:1: unsupported: augmented attribute assignment
