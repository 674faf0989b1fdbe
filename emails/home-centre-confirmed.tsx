/** To the person: a coordinator of their stated home centre confirmed it (always sent; decision 0035). */
import { HomeCentreMail, PREVIEW_HOME_CENTRE, type HomeCentreMailProps } from "./components/home-centre";
import { emailStrings, fill } from "./i18n";

export default function HomeCentreConfirmed(p: HomeCentreMailProps) {
  return <HomeCentreMail p={p} kind="home-centre-confirmed" />;
}

HomeCentreConfirmed.PreviewProps = PREVIEW_HOME_CENTRE satisfies HomeCentreMailProps;

HomeCentreConfirmed.subject = (p: HomeCentreMailProps): string =>
  fill(emailStrings[p.locale]["home-centre-confirmed"].subject, { centre: p.centreName });
