module oxbench/go

go 1.19
