"""Whole corpora: the batch runner, the Dask engine and the streaming API.

- ``run_batch(input, output, ...) -> BatchSummary``: INPUT (JSONL, Parquet, a folder of
  .txt/.tml) to OUTPUT (one record per input document, in input order; see ``sinks``),
  over local worker processes or a Dask cluster (``engine="dask"``).
- ``reconstruct_many(documents, workers=...)``: yields a Timeline or an ErrorRecord per
  document, in order; errors are values, never exceptions that stop the stream.
"""
from .records import ErrorInfo, ErrorRecord
from .runner import BatchSummary, run_batch
from .stream import reconstruct_many

__all__ = ["BatchSummary", "ErrorInfo", "ErrorRecord", "reconstruct_many", "run_batch"]
