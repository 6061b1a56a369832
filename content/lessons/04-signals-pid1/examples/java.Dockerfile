FROM eclipse-temurin:21-jre
WORKDIR /app
COPY app.jar .
CMD ["java", "-jar", "app.jar"]
