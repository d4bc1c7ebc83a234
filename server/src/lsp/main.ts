// Entry point of the language server (stdio or IPC).
export {};
