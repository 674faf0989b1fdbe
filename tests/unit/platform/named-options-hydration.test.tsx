// @vitest-environment jsdom
/**
 * A country picker whose names the browser reads differently from the server (issue 15):
 * /profile's loader sends only the codes in the server's order and each side names them
 * with its own CLDR data (`namedOptions`). Here the "server" renders with Node's names and
 * the "browser" hydrates with two names changed ("TR" older, "AF" sorting last): hydration
 * must raise no error, keep the server's order of values and the chosen country, and show
 * the browser's names beside the right values.
 */
import { getFormProps, useForm } from "@conform-to/react";
import { createInstance } from "i18next";
import { act } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { afterEach, describe, expect, it, vi } from "vitest";
import { i18nConfig, resources } from "~/platform/i18n";
import type * as ReferenceLists from "~/platform/reference-lists";

type Lists = typeof ReferenceLists;
const BROWSER_NAMES: Record<string, string> = { TR: "Turkey", AF: "Zz Afghanistan" };

async function freshLists(): Promise<Lists> {
  vi.resetModules();
  return import("~/platform/reference-lists");
}

async function picker(lists: Lists) {
  const { Select } = await import("~/routes/profile/select-field");
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({ ...i18nConfig, resources, lng: "en" });
  function Fields({ order }: { order: string }) {
    const [form, fields] = useForm<{ country: string }>({ id: "p", defaultValue: { country: "TR" } });
    return (
      <form {...getFormProps(form)}>
        <Select meta={fields.country} label="Country" options={lists.namedOptions("country", order, "en")} named />
      </form>
    );
  }
  return function Picker({ order }: { order: string }) {
    return (
      <I18nextProvider i18n={i18n}>
        <Fields order={order} />
      </I18nextProvider>
    );
  };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = "";
});

describe("options named on each side", () => {
  it("hydrate without an error when the browser names some countries differently", async () => {
    const server = await freshLists();
    const order = server.countryOrder("en");
    const ServerPicker = await picker(server);
    const html = renderToString(<ServerPicker order={order} />);
    expect(html).toContain(">Türkiye</option>");

    // The "browser": the same code, with a CLDR that names two countries differently.
    const Real = Intl.DisplayNames;
    vi.spyOn(Intl, "DisplayNames").mockImplementation(function (locales?: string[], options?: Intl.DisplayNamesOptions) {
      const real = new Real(locales, options!);
      return Object.assign(Object.create(real), {
        of: (code: string) => (options?.type === "region" && BROWSER_NAMES[code]) || real.of(code),
      });
    } as unknown as typeof Intl.DisplayNames);
    const browser = await freshLists();
    expect(browser.countryName("TR", "en")).toBe("Turkey");
    const BrowserPicker = await picker(browser);

    const container = document.createElement("div");
    container.innerHTML = html;
    document.body.append(container);
    const errors: unknown[] = [];
    const consoleError = vi.spyOn(console, "error").mockImplementation((...args) => errors.push(args));
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const root = await act(async () =>
      hydrateRoot(container, <BrowserPicker order={order} />, { onRecoverableError: (e) => errors.push(e) }),
    );

    expect(errors).toEqual([]);
    consoleError.mockRestore();
    const select = container.querySelector("select")!;
    const options = [...select.options].slice(1);
    expect(options.map((o) => o.value).join(" ")).toBe(order);
    for (const o of options) expect(o.textContent).toBe(browser.countryName(o.value, "en"));
    expect(options.find((o) => o.value === "TR")!.textContent).toBe("Turkey");
    expect(select.value).toBe("TR");
    act(() => root.unmount());
  });
});
