// Placeholder: benchmarks are being written.
return 0;
