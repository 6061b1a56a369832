/**
 * The order `docker compose up` starts services in: a service starts once every service it depends on has
 * been started (docker/compose `pkg/compose/dependencies.go` InDependencyOrder); independent services start
 * together, listed here in file order. `down` stops them in the reverse order.
 */
import type { ComposeService } from '../model-types.ts';

/** Dependencies that take part in ordering: active services of the project. */
export function activeDependencies(service: ComposeService, active: ReadonlyMap<string, ComposeService>): string[] {
  return service.dependsOn.filter((d) => active.has(d.service)).map((d) => d.service);
}

export function startOrder(services: readonly ComposeService[]): string[] {
  const active = services.filter((s) => s.active);
  const index = new Map(active.map((s, i) => [s.name, i]));
  const waiting = active.map((s) => new Set(s.dependsOn.map((d) => d.service).filter((d) => index.has(d) && d !== s.name)).size);
  const dependants = active.map(() => [] as number[]);
  active.forEach((s, i) => {
    for (const d of new Set(s.dependsOn.map((x) => x.service))) {
      const j = index.get(d);
      if (j !== undefined && j !== i) dependants[j]!.push(i);
    }
  });
  // Ready services in file order; a wave's dependants join after it, like Compose's parallel start.
  let wave = active.map((_, i) => i).filter((i) => waiting[i] === 0);
  const order: string[] = [];
  while (wave.length > 0) {
    const next: number[] = [];
    for (const i of wave) {
      order.push(active[i]!.name);
      for (const j of dependants[i]!) if (--waiting[j]! === 0) next.push(j);
    }
    wave = next.sort((a, b) => a - b);
  }
  return order;
}
