# A function whose parameter receives an int at one call and a float at
# another is cloned per call signature (twice.int, twice.float), both typed.
def twice(x):
    return x + x


print(twice(2))
print(twice(2.5))
