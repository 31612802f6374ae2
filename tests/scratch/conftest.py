"""One BLAS thread for these tests: the models are small and CI's second core is shared, where
OpenBLAS threads mostly wait for each other (see fromzero/scratch/speed.py)."""

from fromzero.scratch.speed import limit_blas_threads

limit_blas_threads(1)
