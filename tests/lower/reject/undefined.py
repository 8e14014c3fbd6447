print(nope + 1)
foo(1)
# ERROR: 1:7: name 'nope' is not defined
# ERROR: 2:1: name 'foo' is not defined
