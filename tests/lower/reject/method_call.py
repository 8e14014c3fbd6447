s = "abc"
print(s.upper())
# ERROR: 2:7: unsupported: method call '.upper'
