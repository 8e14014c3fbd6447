# ERROR: 3:4: unsupported: 'is' comparison of an int and an int (identity is only supported against None)
x = 5
if x is 5:
    print("five")
