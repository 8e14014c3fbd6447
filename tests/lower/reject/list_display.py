xs = [1, 2, 3]
# ERROR: 1:6: unsupported: list display
