/** An API answered, but not in its documented format (or with its documented error shape). */
export class ApiFormatError extends Error {
  constructor(
    readonly api: string,
    message: string,
  ) {
    super(`${api}: ${message}`);
    this.name = 'ApiFormatError';
  }
}
