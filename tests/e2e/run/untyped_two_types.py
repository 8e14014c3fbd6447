# A parameter that receives an int at one call and a float at another has
# the dynamic object type (cloning per call signature would keep both fast).
def twice(x):
    return x + x


print(twice(2))
print(twice(2.5))
