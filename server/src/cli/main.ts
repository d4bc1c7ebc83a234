// Entry point of the quote-check command.
export {};
