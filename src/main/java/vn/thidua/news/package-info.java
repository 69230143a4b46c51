/**
 * News and columns about the movement: articles written by a commune's public service centre or a
 * level's office, with images and tags by theme and place, moved draft → published → withdrawn
 * through the shared state-change component; the published ones feed the public portal, and their
 * count per unit and year is a communication indicator ({@link vn.thidua.news.NewsArticles}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"kernel", "organization"})
package vn.thidua.news;
