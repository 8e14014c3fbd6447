# KeyError names the missing key's repr.
ages = {"ann": 31}
print(ages["ann"])
print(ages["bob"])
