# ERROR: 3:26: unsupported: lambda reading 'i', a variable of the enclosing comprehension (closures arrive in a later tier)
# A comprehension variable is local to the comprehension, even at module level.
adders = [(lambda x: x + i) for i in range(3)]
print([f(10) for f in adders])
