// What a TypeScript user of the spec writes (`make ts-consumer`: openapi-typescript, then tsc --strict --noEmit).
// It compiles only while the spec types the event answers as a union discriminated by `type` and the folder type as
// a closed set of values; each `@ts-expect-error` fails the check if the misspelling it marks stops being an error.
import type { components, paths } from "../../build/ts/syncthing";

// Read from the operation, not from a component name, so the check follows whatever schema the answer refers to.
type EventsAnswer = paths["/rest/events"]["get"]["responses"][200]["content"]["application/json"];
type DiskEventsAnswer = paths["/rest/events/disk"]["get"]["responses"][200]["content"]["application/json"];
type AnyEvent = EventsAnswer[number];
type FolderConfiguration = components["schemas"]["FolderConfiguration"];

// Narrowing by `type` gives the event's own `data`: no cast, no unknown.
export function finishedItems(events: EventsAnswer): string[] {
  const items: string[] = [];
  for (const event of events) {
    if (event.type === "ItemFinished") {
      items.push(event.data.item);
    }
  }
  return items;
}

// The disk events operation answers the same kind of union.
export function changedPaths(events: DiskEventsAnswer): string[] {
  return events.flatMap((event) => (event.type === "LocalChangeDetected" ? [event.data.path] : []));
}

export function isFinished(event: AnyEvent): boolean {
  // @ts-expect-error: "ItemFinshed" is no event type, so this comparison can never be true.
  return event.type === "ItemFinshed";
}

export function sendsAndReceives(folder: FolderConfiguration): boolean {
  return folder.type === "sendreceive";
}

export function misspeltFolderType(folder: FolderConfiguration): void {
  // @ts-expect-error: "sendonyl" is no folder type.
  folder.type = "sendonyl";
}
