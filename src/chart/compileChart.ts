import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import type { LoggerInterface, Spec as VegaSpec } from 'vega';

/** A Vega-Lite spec compiled to Vega, with whatever Vega-Lite warned about (never printed). */
export interface CompiledChart {
  readonly spec: VegaSpec;
  readonly warnings: readonly string[];
}

/** Compile a Vega-Lite spec to Vega, collecting warnings instead of printing them. */
export function compileChart(spec: TopLevelSpec): CompiledChart {
  const warnings: string[] = [];
  const result = compile(spec, { logger: collectingLogger(warnings) });
  return { spec: result.spec, warnings };
}

/** A Vega logger that keeps warnings and errors as text and prints nothing. */
export function collectingLogger(messages: string[]): LoggerInterface {
  let level = 2;
  const keep = (...args: readonly unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: readonly unknown[]) {
      keep(...args);
      return logger;
    },
    warn(...args: readonly unknown[]) {
      keep(...args);
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger as LoggerInterface;
}
