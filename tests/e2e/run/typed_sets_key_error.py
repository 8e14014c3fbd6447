# s.remove() of a missing item: KeyError with its repr, exit status 1.
def drop(s, x):
    s.remove(x)


def main():
    s = {"a", "b"}
    drop(s, "a")
    print(s)
    drop(s, "zed")


main()
