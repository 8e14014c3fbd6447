def f(a, b):
    return a + b


xs = [1, 2]
print(f(*xs))
g = f
print(g(a=1, b=2))
print(g(*xs))
print(len(**{}))
# ERROR: 6:9: unsupported: star-args in a call of function 'f'
# ERROR: 8:9: unsupported: keyword argument in a call of a function value
# ERROR: 9:9: unsupported: star-args in a call of a function value
# ERROR: 10:11: unsupported: **kwargs in a call
