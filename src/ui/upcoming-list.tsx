import type { ReactNode } from 'react';

interface UpcomingListProps {
  title: string;
  items: ReactNode[];
  status: string;
}

/** What an area will offer, with an honest line saying what is not there yet. */
export function UpcomingList({ title, items, status }: UpcomingListProps) {
  return (
    <section className="upcoming" aria-labelledby="upcoming-title">
      <h2 id="upcoming-title">{title}</h2>
      <ul>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
      <p className="upcoming__status">{status}</p>
    </section>
  );
}
