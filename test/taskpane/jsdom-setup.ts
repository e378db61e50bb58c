/** jsdom lacks ResizeObserver, which Fluent's MessageBar uses for reflow; a no-op one suffices. */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as unknown as { ResizeObserver?: unknown };
if (!g.ResizeObserver) g.ResizeObserver = NoopResizeObserver;
export {};
