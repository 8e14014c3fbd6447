# ERROR: 2:10: unsupported: lambda
double = lambda x: x * 2
print(double(4))
