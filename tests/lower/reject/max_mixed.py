print(max(1, 2.5))
# ERROR: 1:7: unsupported: max() may give an int or a float here
