// Placeholder: the CLI is being written (issue 3).
return 0;
