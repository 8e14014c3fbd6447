s = "hello"
print(s[1:3])
x = s.real
t = (1, 2)
t.x = 3
# ERROR: 2:9: unsupported: slicing
# ERROR: 3:5: unsupported: attribute access '.real'
# ERROR: 5:1: unsupported: attribute assignment
