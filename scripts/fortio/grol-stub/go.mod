module grol.io/grol

go 1.25.0
