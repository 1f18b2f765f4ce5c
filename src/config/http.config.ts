export function httpConfig() {
  return { port: Number(process.env.PORT ?? 3000) };
}
