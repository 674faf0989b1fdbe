/** To the person: a coordinator of their stated home centre could not confirm it (always sent; decision 0035). */
import { HomeCentreMail, PREVIEW_HOME_CENTRE, type HomeCentreMailProps } from "./components/home-centre";
import { emailStrings, fill } from "./i18n";

export default function HomeCentreRejected(p: HomeCentreMailProps) {
  return <HomeCentreMail p={p} kind="home-centre-rejected" />;
}

HomeCentreRejected.PreviewProps = PREVIEW_HOME_CENTRE satisfies HomeCentreMailProps;

HomeCentreRejected.subject = (p: HomeCentreMailProps): string =>
  fill(emailStrings[p.locale]["home-centre-rejected"].subject, { centre: p.centreName });
