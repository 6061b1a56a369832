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
  const active = new Map(services.filter((s) => s.active).map((s) => [s.name, s]));
  const done = new Set<string>();
  const order: string[] = [];
  let progressed = true;
  while (progressed && order.length < active.size) {
    progressed = false;
    for (const s of active.values()) {
      if (done.has(s.name)) continue;
      if (activeDependencies(s, active).every((d) => done.has(d))) {
        done.add(s.name);
        order.push(s.name);
        progressed = true;
      }
    }
  }
  return order;
}
