n = 3
print(f"n={n}")
# ERROR: 2:7: unsupported: f-string
