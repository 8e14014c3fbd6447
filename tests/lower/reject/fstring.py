n = "é"
print(f"n={n!a}")
# ERROR: 2:12: unsupported: !a conversion in an f-string (ascii())
