"""Training: presets a learner can run from the dashboard, the jobs that run them in worker
processes, and the recipes that produced the models shipped in `shipped/`.

Reading order: presets.py (settings and their ranges) -> data.py -> engine.py (the loop and
its events) -> worker.py + jobs.py (processes, queue, cancel) -> recipes.py (shipped models)
-> predict.py (the draw-a-digit demo) -> cli.py (`fromzero train`). See docs/training.md.
"""
