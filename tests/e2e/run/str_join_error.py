# join() of a list that holds a non-str: CPython's TypeError.
parts = "a b".split()
nums = [1, 2]
print(" ".join(parts))
print(" ".join(nums))
