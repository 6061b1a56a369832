"""Nightly sales report: reads orders, fits a trend, prints a summary."""
import pandas
from sklearn.linear_model import LinearRegression

orders = pandas.DataFrame({"day": range(30), "sales": [100 + 3 * d for d in range(30)]})
model = LinearRegression().fit(orders[["day"]], orders["sales"])
print(f"trend: {model.coef_[0]:.1f} per day")
