/** The bare fixture's page: a loader returning 40 items, rendered as a list (about 12 KB of HTML). */
import { useLoaderData } from "@remix-run/react";

export async function loader() {
  return {
    items: Array.from({ length: 40 }, (_, i) => ({
      id: `item-${i}`,
      title: `Item number ${i}: an observership in a hospital of Lombardy`,
      centre: `Centre ${i % 7}`,
      city: i % 2 ? "Milano" : "Pavia",
      description: "What a visitor does there, in a line.",
    })),
  };
}

export default function Index() {
  const { items } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Items</h1>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <h2>
              <a href={`/items/${item.id}`}>{item.title}</a>
            </h2>
            <p>
              {item.centre}, {item.city}
            </p>
            <p>{item.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
