# ERROR: 3:20: unsupported: range() of a value of inferred type (annotate where it comes from)
def count(n):
    for i in range(n):
        print(i)


count(3)
