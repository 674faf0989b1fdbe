/**
 * The topic picker's combobox (WAI-ARIA APG "combobox with list autocomplete"): a text input
 * with `role="combobox"` that searches /resources/topics as the person types, a listbox of
 * hits, ArrowDown/ArrowUp to move, Enter to choose, Escape to close. Rendered only once the
 * page is hydrated; without JavaScript the profile form offers a search button instead.
 */
import { useFetcher } from "@remix-run/react";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import type { TopicHit } from "~/catalogue/topic-search";

/** True after the first client render (progressive enhancement switch). */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

export function TopicCombobox({ chosen, onPick }: { chosen: ReadonlySet<string>; onPick: (hit: TopicHit) => void }) {
  const { t } = useTranslation("profile");
  const fetcher = useFetcher<{ q: string; topics: TopicHit[] }>();
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const hits = query.trim() && fetcher.data?.q === query ? fetcher.data.topics : [];
  const { load } = fetcher;

  useEffect(() => {
    clearTimeout(timer.current);
    const q = query.trim();
    if (!q) return;
    timer.current = setTimeout(() => load(`/resources/topics?q=${encodeURIComponent(query)}`), 150);
    return () => clearTimeout(timer.current);
  }, [query, load]);

  const choose = (hit: TopicHit | undefined) => {
    if (!hit) return;
    if (!chosen.has(hit.id)) onPick(hit);
    setQuery("");
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        setOpen(true);
        setActive((a) => (hits.length ? (a + 1) % hits.length : -1));
        break;
      case "ArrowUp":
        event.preventDefault();
        setOpen(true);
        setActive((a) => (hits.length ? (a <= 0 ? hits.length - 1 : a - 1) : -1));
        break;
      case "Enter":
        // Never submit the profile from here.
        event.preventDefault();
        if (open) choose(hits[active >= 0 ? active : 0]);
        break;
      case "Escape":
        if (open) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else setQuery("");
        break;
    }
  };

  const expanded = open && hits.length > 0;
  const status = !query.trim()
    ? ""
    : fetcher.state !== "idle"
      ? t("topics.searching")
      : t("topics.found", { count: hits.length });

  return (
    <div className="combobox">
      <label htmlFor={`${id}-input`}>{t("topics.addLabel")}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        maxLength={100}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <p id={`${id}-hint`} className="hint">
        {t("topics.addHint")}
      </p>
      <ul id={listId} role="listbox" aria-label={t("topics.listLabel")} hidden={!expanded}>
        {hits.map((hit, i) => (
          <li
            key={hit.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={chosen.has(hit.id) ? "is-chosen" : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(hit);
            }}
          >
            {hit.label}
            {hit.parentLabel ? <span className="muted"> · {hit.parentLabel}</span> : null}
            {hit.matched ? <span className="muted"> ({hit.matched})</span> : null}
            {chosen.has(hit.id) ? <span className="muted"> · {t("topics.alreadyChosen")}</span> : null}
          </li>
        ))}
      </ul>
      <p role="status" className="visually-hidden">
        {status}
      </p>
    </div>
  );
}
