# A missing str key: KeyError with the key's repr, exit status 1.
def lookup(d, k):
    return d[k]


def main():
    ages = {"ann": 31, "bob": 42}
    print(lookup(ages, "ann"))
    print(lookup(ages, "zed"))


main()
